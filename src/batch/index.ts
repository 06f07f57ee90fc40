export {
  type BatchFormRow,
  type BatchSummary,
  type BatchSummaryBuilder,
  batchRow,
  batchSummaryBuilder,
  inWan,
  percentRatio,
  summarizeBatch,
  unreadableRow,
} from './summary'
