export {
  decodeError,
  decodeRevertData,
  type DecodedError,
  type ErrorKind,
  type DecodeErrorOptions,
} from './decode-error';
export {
  explainContractError,
  hasExplanation,
  humanizeErrorName,
  ERROR_MESSAGES,
  type ErrorText,
} from './error-messages';
export { allErrorsAbi, generatedAbis, errorSelector } from './known-errors';
