/**
 * Layer bench (base): paths that must stay inside a directory (ContainedPath), for every file the bench writes
 * from a name it was given; the bench's own scratch directories, removed whole when done (ScratchDirectory). Uses
 * rig for its configuration error.
 */
package io.phonebench.bench.files;
