import { MemoryDedupeStore, MemoryMentionStore } from '../../server/store/memory';
import { dedupeStoreContract } from './contracts/dedupe-store.contract';
import { mentionStoreContract } from './contracts/mention-store.contract';

mentionStoreContract('memory', async (capacity) => new MemoryMentionStore(capacity));
dedupeStoreContract('memory', async () => new MemoryDedupeStore(100_000));
