import meta from '../../assets/dataset/meta.json';
import { parseDataset, type Topic } from './schema';

/** The dataset shipped with the extension, validated at build time by the tests. */
const files = import.meta.glob('../../assets/dataset/topics/*.json', { eager: true, import: 'default' });

export const DATASET_VERSION: string = meta.version;
export const DATASET_DATE: string = meta.date;

export function bundledTopics(): Topic[] {
  const byName = Object.fromEntries(Object.entries(files).map(([path, data]) => [path.split('/').pop()!, data]));
  return parseDataset(byName);
}
