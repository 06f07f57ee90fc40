/**
 * Seeds every fast-check property from the config (vitest `provide`): fixed under CI, so that a
 * run's result does not depend on luck, fresh on every local run so that the properties keep
 * looking for counterexamples. fast-check prints the seed of any failure; FC_SEED=<n> replays it.
 */
import fc from 'fast-check'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number
  }
}

fc.configureGlobal({ seed: inject('fcSeed') })
