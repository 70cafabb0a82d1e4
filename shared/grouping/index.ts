export { groupSizes, minimumGroupSize } from './sizes.js';
export { meetings, repeatCost, type History } from './history.js';
export { formGroups, randomGroups, type FormGroupsInput } from './form.js';
export { placeLateJoiner } from './late-joiner.js';
export {
  GROUPING_ERROR_MESSAGES,
  isValidGrouping,
  leaveOut,
  moveMember,
  seatOf,
  swapMembers,
  type GroupingErrorCode,
  type GroupingResult,
  type Groups,
} from './edit.js';
export { rotation } from './rotation.js';
