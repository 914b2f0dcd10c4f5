import { describe, expect, it } from "vitest";
import { selectTagGroups } from "@/lib/related/tag-groups";

const SELF = 100;

describe("tag groups", () => {
  it("puts the pair group first, then one per tag, without repeats", () => {
    const groups = selectTagGroups(
      SELF,
      [
        { tags: ["iraq", "usa"], articleIds: [1, 2] },
        { tags: ["iraq"], articleIds: [1, 3, 4, 5] },
        { tags: ["usa"], articleIds: [2, 4, 6] },
      ],
      3,
    );
    expect(groups).toEqual([
      { tags: ["iraq", "usa"], articleIds: [1, 2] },
      { tags: ["iraq"], articleIds: [3, 4, 5] },
      { tags: ["usa"], articleIds: [6] },
    ]);
  });

  it("never shows the article itself", () => {
    const groups = selectTagGroups(SELF, [{ tags: ["a"], articleIds: [SELF, 7] }], 3);
    expect(groups.flatMap((g) => g.articleIds)).toEqual([7]);
  });

  it("drops a group that has nothing left", () => {
    const groups = selectTagGroups(
      SELF,
      [
        { tags: ["a", "b"], articleIds: [] },
        { tags: ["a"], articleIds: [8] },
        { tags: ["b"], articleIds: [8, SELF] },
      ],
      3,
    );
    expect(groups).toEqual([{ tags: ["a"], articleIds: [8] }]);
  });

  it("takes at most a few per group, newest first", () => {
    const groups = selectTagGroups(SELF, [{ tags: ["a"], articleIds: [9, 8, 7, 6, 5] }], 3);
    expect(groups[0]?.articleIds).toEqual([9, 8, 7]);
  });

  it("shows no story twice whatever the input", () => {
    const candidates = [
      { tags: ["x", "y"], articleIds: [1, 2, 3, 1] },
      { tags: ["x"], articleIds: [3, 2, 1, 4, 4, 5] },
      { tags: ["y"], articleIds: [5, 4, 6, 6, 7] },
      { tags: ["z"], articleIds: [SELF, 7, 8] },
    ];
    const ids = selectTagGroups(SELF, candidates, 3).flatMap((g) => g.articleIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(SELF);
  });
});
