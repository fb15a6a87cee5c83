/**
 * Helpers shared by the format packages of {@code argraph-io}. Not exported; nothing outside the
 * module may use it.
 */
package io.argraph.io.internal;
