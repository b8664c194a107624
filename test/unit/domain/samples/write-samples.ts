/** Writes shared/samples/<id>.<lang>.json from the builder. Run: npx tsx test/unit/domain/samples/write-samples.ts */
import '../../../../shared/i18n/all';
import { writeFileSync } from 'node:fs';
import { LANGUAGES } from '../../../../shared/i18n';
import { SAMPLE_IDS, sampleFileText } from './build-samples';

for (const id of SAMPLE_IDS) {
  for (const language of LANGUAGES) {
    const file = new URL(`../../../../shared/samples/${id}.${language}.json`, import.meta.url);
    writeFileSync(file, sampleFileText(id, language));
    console.log(`wrote ${file.pathname}`);
  }
}
