/** The county's own organisation: import (org:import, admin upload) and the template. */
export { importOrganisation, normalizePhone } from './import';
export type { OrgImportOptions, OrgImportReport, OrgChange } from './import';
export { buildTemplate, readUpload, SHEETS, XLSX_MIME, problemText } from './sheets';
export type { Problem, UploadFile } from './sheets';
export { reportLines } from './report';
