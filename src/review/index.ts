export {
  type ReviewCsvOptions,
  type ReviewEntry,
  type ReviewFormat,
  type ReviewTable,
  type ReviewTableName,
  reviewCsv,
  reviewTables,
} from './tables'
