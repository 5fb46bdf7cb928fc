import { MemoryMentionIndex } from '../../server/explore/memory-index';
import { mentionIndexContract } from './contracts/mention-index.contract';

mentionIndexContract('memory, background serialization', async (capacity) => new MemoryMentionIndex({ capacity }));
mentionIndexContract('memory, serialized at once, small segments', async (capacity) => new MemoryMentionIndex({ capacity, segmentRows: 64, serialize: 'sync' }));
