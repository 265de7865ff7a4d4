import type { Plugin } from 'vite';

/** Writes the hashed name of the ES entry into `confide.js`, which loads it relative to its own URL. */
export function confideBootstrap(): Plugin {
  return {
    name: 'confide-bootstrap',
    apply: 'build',
    generateBundle(_options, bundle) {
      const main = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.name === 'confide-main');
      const boot = bundle['confide.js'];
      if (!main || !boot || boot.type !== 'chunk') this.error('confide.js or the confide-main entry is missing from the bundle');
      boot.code = boot.code.replace('__CONFIDE_MAIN__', `./${main.fileName}`);
      if (/^\s*(import\s*[^\s(]|export\b)/m.test(boot.code)) this.error(`confide.js must stay a classic script: no import or export statements:\n${boot.code.slice(0, 400)}`);
    },
  };
}
