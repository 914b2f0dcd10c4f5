// Which stories the tag groups at the end of an article show (SPEC §2). Pure: the queries live in
// lib/data/tags.ts (relatedByTags).
//
// First a group for the article's first two tags together, then one group per tag. No story appears
// twice across the groups, the article itself never does, and a group with nothing left is dropped.

export interface CandidateGroup<T> {
  tags: T[];
  /** Candidate article ids, newest first. */
  articleIds: number[];
}

export function selectTagGroups<T>(
  selfId: number,
  candidates: CandidateGroup<T>[],
  perGroup: number,
): CandidateGroup<T>[] {
  const seen = new Set<number>([selfId]);
  const groups: CandidateGroup<T>[] = [];
  for (const candidate of candidates) {
    const chosen: number[] = [];
    for (const id of candidate.articleIds) {
      if (chosen.length >= perGroup) break;
      if (seen.has(id)) continue;
      seen.add(id);
      chosen.push(id);
    }
    if (chosen.length > 0) groups.push({ tags: candidate.tags, articleIds: chosen });
  }
  return groups;
}
