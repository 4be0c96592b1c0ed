/**
 * Layer bench (reports): the certification matrix (model x test) and its Markdown, CSV and HTML, plus differences
 * against a baseline run. Uses run (the results) and rig.
 */
package io.phonebench.bench.certify;
