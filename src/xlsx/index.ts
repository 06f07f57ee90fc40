export {
  type ReadWorkbookOptions,
  readWorkbook,
  type SheetJsLike,
  WORKBOOK_LIMITS,
  type WorkbookForm,
  type WorkbookReading,
} from './read'
export { type ReviewWorkbookOptions, writeReviewWorkbook } from './review'
export { writeFormTemplate } from './template'
