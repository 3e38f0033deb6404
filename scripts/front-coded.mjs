// Writes a sorted list as the front-coded text src/checker/front-coded.ts reads: per entry, a
// capital letter (A = 0 ... Z = 25) for how many leading characters it shares with the entry
// before, then the rest of it.
export function frontCode(sorted) {
  let previous = "";
  let text = "";
  for (const entry of sorted) {
    if (!entry || /[A-Z]/.test(entry))
      throw new Error(`front-coded lists hold lower-case entries, not "${entry}"`);
    if (entry <= previous)
      throw new Error(`front-coded lists are sorted and hold each entry once ("${entry}")`);
    let shared = 0;
    while (shared < 25 && shared < previous.length && previous[shared] === entry[shared]) shared++;
    text += String.fromCharCode(65 + shared) + entry.slice(shared);
    previous = entry;
  }
  return text;
}
