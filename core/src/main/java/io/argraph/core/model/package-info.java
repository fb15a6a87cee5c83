/**
 * The argument graph model.
 *
 * <p>Start with {@link io.argraph.core.model.ArgumentGraph#builder()}: add {@link
 * io.argraph.core.model.Node}s (premises, problems, recommendations) and {@link
 * io.argraph.core.model.Relation}s (supports and attacks) between them. A node may carry a {@link
 * io.argraph.core.model.Source}: an exact quote located in a {@link
 * io.argraph.core.model.SourceDocument}. All types are immutable values; graphs iterate in
 * insertion order, and everything built on them keeps that order.
 */
package io.argraph.core.model;
