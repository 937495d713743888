#!/usr/bin/env node
import '../dist/bundle/trich.js'
