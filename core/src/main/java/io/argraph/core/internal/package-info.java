/**
 * Implementation details shared by the core packages: the numbered graph index that checks and
 * semantics run on. Not exported; nothing outside {@code argraph-core} may use it.
 */
package io.argraph.core.internal;
