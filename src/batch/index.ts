export {
  type BatchFormRow,
  type BatchSummary,
  type BatchSummaryBuilder,
  batchRow,
  batchSummaryBuilder,
  summarizeBatch,
  unreadableRow,
} from './summary'
