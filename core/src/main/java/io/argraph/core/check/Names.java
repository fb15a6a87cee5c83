package io.argraph.core.check;

import io.argraph.core.model.Node;
import java.util.List;
import java.util.Locale;

/** How finding messages name nodes: by id and a short prefix of their text, deterministically. */
final class Names {
  /** Longest text prefix shown, in code points, before an ellipsis. */
  static final int PREFIX_LENGTH = 25;

  /** Most nodes a message names one by one; the rest are counted. */
  static final int MAX_NAMED = 10;

  private Names() {}

  /** Returns e.g. {@code "r3" (End the militarised appro…)}. */
  static String node(Node node) {
    return "\"" + node.id() + "\" (" + prefix(node.text()) + ")";
  }

  /** Returns e.g. {@code recommendation "r3" (End the militarised appro…)}. */
  static String kindAndNode(Node node) {
    return node.kind().name().toLowerCase(Locale.ROOT) + " " + node(node);
  }

  /**
   * Names the nodes, separated by commas; past {@link #MAX_NAMED} nodes the rest are only counted,
   * so a message stays readable for a component of a hundred thousand nodes.
   */
  static String nodes(List<Node> nodes) {
    StringBuilder sb = new StringBuilder();
    int named = Math.min(nodes.size(), MAX_NAMED);
    for (int i = 0; i < named; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(node(nodes.get(i)));
    }
    if (nodes.size() > named) {
      sb.append(" and ").append(nodes.size() - named).append(" more");
    }
    return sb.toString();
  }

  /** White space collapsed to single spaces, cut after {@link #PREFIX_LENGTH} code points. */
  static String prefix(String text) {
    String collapsed = collapseWhitespace(text);
    if (collapsed.codePointCount(0, collapsed.length()) <= PREFIX_LENGTH) {
      return collapsed;
    }
    int end = collapsed.offsetByCodePoints(0, PREFIX_LENGTH);
    return collapsed.substring(0, end).stripTrailing() + "…";
  }

  /** Strips the text and replaces every run of white space inside it by one space. */
  static String collapseWhitespace(String text) {
    if (isCollapsed(text)) {
      return text; // the common case: nothing to copy (duplicate-text normalises every node)
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = sb.length() > 0;
      } else {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether the text has no white space at its ends and only single plain spaces inside. All
   * white space and space characters are in the Basic Multilingual Plane, so chars suffice.
   */
  private static boolean isCollapsed(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == length - 1 || text.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }
}
