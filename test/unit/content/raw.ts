/** The raw data files, before parsing, so the tests can run each schema over them. */
export { barriers as barrierData } from '../../../shared/content/barriers.js';
export { instrumentData } from '../../../shared/content/instruments/index.js';
export { questionData, rubricData } from '../../../shared/content/interview/index.js';
export { moduleData } from '../../../shared/content/modules/index.js';
export { programData } from '../../../shared/content/programs/index.js';
export { strengths as strengthData } from '../../../shared/content/strengths.js';
export { supportServices as serviceData } from '../../../shared/content/support-services.js';
