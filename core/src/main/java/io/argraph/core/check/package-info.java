/** Consistency checks: findings about flaws in an argument graph, gathered in a report. */
package io.argraph.core.check;
