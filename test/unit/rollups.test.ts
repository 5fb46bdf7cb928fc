import { MemoryRollupStore } from '../../server/rollups/memory';
import { rollupStoreContract } from './contracts/rollup-store.contract';

rollupStoreContract('memory', async (clock) => new MemoryRollupStore(clock));
