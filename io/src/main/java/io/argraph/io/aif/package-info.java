/**
 * AIF (Argument Interchange Format) in and out, in the JSON layout of AIFdb and OVA.
 *
 * <p>{@link io.argraph.io.aif.AifExporter} writes every node as an I-node and every support and
 * attack through its own RA or CA node, keeping argraph's fields in extra keys; {@link
 * io.argraph.io.aif.AifImporter} reads AIFdb and OVA3 files back into a graph and reports in an
 * {@link io.argraph.io.aif.AifImport} what it skipped. {@link io.argraph.io.aif.KindAssignment}
 * chooses the kinds that AIF does not record.
 */
package io.argraph.io.aif;
