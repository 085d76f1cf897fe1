import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { packageIgnore } from './electron/packaging/packageIgnore';

/** Fuses baked into the packaged binary: no Node escape hatches, only the signed app archive runs. */
export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Breachdesk',
    // The deb maker looks for the binary under package.json's name.
    executableName: 'breachdesk',
    // An ignore function (not a copy hook) so packager itself copies, asar-packs and unpacks the native externals' closure; it replaces the Vite plugin's keep-only-.vite filter (forge #3738, #3917), and prune is off because the pruner would re-admit every `dependencies` entry.
    ignore: packageIgnore(__dirname),
    prune: false,
    // Only the native binding and the IP datasets leave the asar (Node cannot dlopen, nor DuckDB read, inside it); all JS stays under asar integrity.
    asar: { unpack: '**/node_modules/{@duckdb/node-bindings-*,@ip-location-db}/**' },
    // Air-gapped builds: a folder holding electron-v<version>-<platform>-<arch>.zip replaces the GitHub download.
    ...(process.env.ELECTRON_ZIP_DIR ? { electronZipDir: process.env.ELECTRON_ZIP_DIR } : {}),
  },
  makers: [new MakerZIP({}, ['linux', 'darwin', 'win32']), new MakerDeb({})],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    new FusesPlugin(fuses),
  ],
};

export default config;
