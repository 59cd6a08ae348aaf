// The same post (or author) more than once in one file. Pure. Nothing is chosen quietly: entries of
// one post are merged when they agree, their snapshots united (a snapshot repeated exactly is the
// same reading, kept once); a snapshot at the same time with other counts, or a post whose text,
// link, author or publication time differs between entries, is a conflict in the report, because
// PostLens keeps one reading per post and moment, and one text per post. An author's latest count
// and a follower snapshot of the same moment, in one entry or two, must agree for the same reason.
// An author's name not shown (null) is unknown, not another name: the name given is kept; so is a
// post's author handle not shown. Handles differing in case only are one author (authorKey): the
// spelling read last is kept (and named in the import's result: ProblemList.respelled), and a
// conflict when the file does not tell which that is.
// The parts: import-merge-posts.ts (posts), import-merge-authors.ts (authors), their readings
// united in import-merge-readings.ts, handles' spellings chosen in import-merge-spellings.ts.

export { mergeAuthors } from './import-merge-authors';
export { mergePosts } from './import-merge-posts';
export type { Located } from './import-merge-readings';
export { postAuthorSpellings, postSeenAt } from './import-merge-spellings';
