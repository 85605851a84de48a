import { runLicenceVerify } from './licenceVerifyCli';

// Listen-free entry point: `npm run licence:verify -- <document.json> …` (see licenceVerifyCli.ts).
runLicenceVerify(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), fetch })
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  });
