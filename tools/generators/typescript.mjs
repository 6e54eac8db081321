// openapi-typescript on each document, in one process (its CLI starts node
// once per file): writes OUT/{name}.ts, reports how many it accepted, and
// exits non-zero if it refused any.
//
//   node typescript.mjs OUT FILE.json...
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const [out, ...files] = process.argv.slice(2);
let accepted = 0;
for (const file of files) {
  const name = path.basename(file, ".json");
  try {
    const ast = await openapiTS(pathToFileURL(path.resolve(file)), { silent: true });
    fs.writeFileSync(path.join(out, `${name}.ts`), astToString(ast));
    accepted += 1;
  } catch (e) {
    console.error(`${name}: refused by openapi-typescript: ${e.message}`);
  }
}
console.log(`openapi-typescript: ${accepted} of ${files.length} accepted`);
process.exit(accepted === files.length ? 0 : 1);
