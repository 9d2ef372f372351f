/** The model of the report as pages read it (src/node/integrations/report-model.ts). */
declare module 'virtual:report-model' {
  const model: import('./node/integrations/report-model.ts').PageModel;
  export default model;
}
