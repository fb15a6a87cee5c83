/** Formal argumentation semantics: Dung frameworks, bipolar readings of support, labellings. */
package io.argraph.core.semantics;
