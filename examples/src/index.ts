/**
 * @tongban/examples — the example data every other package tests against and the server seeds
 * from: the 云溪市 directory, the working-day calendar, the standardised matter bundles and example
 * submissions. Node-side only (reads the committed JSON files).
 */
export { loadDirectory, loadCalendar, loadBundles, loadBundle, listBundleFiles, DATA_DIR, MATTERS_DIR } from './load'
export { loadSamples, type ExampleSubmission } from './samples'
export { DEMO_PEOPLE, type DemoPerson, type DemoPersonKey } from './demo-people'
