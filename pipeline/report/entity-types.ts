// How each entity type is shown: its name, the short label printed before each mention (so that types
// read without colour), and its colours. The text colour `ink` is dark enough on white and on `fill`
// for WCAG AA contrast (4.5:1); `line` tells types apart by underline style as well, for print in grey.
import type { Entity } from '../schema-types.js'

export type EntityType = Entity['type']

export interface TypeStyle {
  name: string
  plural: string
  label: string
  fill: string
  ink: string
  line: 'solid' | 'double' | 'dashed' | 'dotted'
}

export const ENTITY_TYPES: Record<EntityType, TypeStyle> = {
  PERSON: { name: 'person', plural: 'people', label: 'PER', fill: '#fde2c4', ink: '#8a3d00', line: 'solid' },
  ORGANIZATION: { name: 'organization', plural: 'organizations', label: 'ORG', fill: '#d9e6ff', ink: '#1c4595', line: 'double' },
  LOCATION: { name: 'place', plural: 'places', label: 'LOC', fill: '#d6f2da', ink: '#1a5e28', line: 'dashed' },
  DATE: { name: 'date', plural: 'dates', label: 'DATE', fill: '#f1def8', ink: '#6a2787', line: 'dotted' },
  LEGAL_DOCUMENT: { name: 'document', plural: 'documents', label: 'DOC', fill: '#fff2a6', ink: '#6b5500', line: 'double' },
  EVENT: { name: 'event', plural: 'events', label: 'EVT', fill: '#ffdbe0', ink: '#9b1c36', line: 'dashed' },
}

/** The types in the order the report lists them. */
export const TYPE_ORDER = Object.keys(ENTITY_TYPES) as EntityType[]
