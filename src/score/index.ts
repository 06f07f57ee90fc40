export {
  DEFAULT_SCHEME,
  type SchemeName,
  type ScoringScheme,
  ScoringSchemeSchema,
  schemes,
} from './scheme'
