// Tests that start `tpe` as a process (bin/tpe.js) run the compiled CLI: rebuild the bundles from
// the sources first (about a second), so those tests never see a stale or missing dist/.
import { bundle } from '../build/bundle.mjs';

export default async function setup(): Promise<void> {
  await bundle();
}
