package io.argraph.core.check;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.argraph.core.internal.NormalisedText;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import java.util.List;

/** How finding messages name nodes: by id and a short prefix of their text, deterministically. */
final class Names {
  /** Longest text prefix shown, in code points, before an ellipsis. */
  static final int PREFIX_LENGTH = 25;

  /** Most nodes a message names one by one; the rest are counted. */
  static final int MAX_NAMED = 10;

  private Names() {}

  /** Returns e.g. {@code "r3" (End the militarised appro…)}. */
  static String node(Node node) {
    return appendNode(new StringBuilder(node.id().length() + PREFIX_LENGTH + 8), node).toString();
  }

  /** Returns e.g. {@code recommendation "r3" (End the militarised appro…)}. */
  static String kindAndNode(Node node) {
    String kind = kind(node.kind());
    StringBuilder sb = new StringBuilder(kind.length() + node.id().length() + PREFIX_LENGTH + 9);
    return appendNode(sb.append(kind).append(' '), node).toString();
  }

  /** The kind's name in lower case, as {@code kind.name().toLowerCase(Locale.ROOT)} gives it. */
  static String kind(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> "premise";
      case PROBLEM -> "problem";
      case RECOMMENDATION -> "recommendation";
    };
  }

  /** Appends {@link #node(Node)}, without making its parts as strings. */
  @CanIgnoreReturnValue
  static StringBuilder appendNode(StringBuilder sb, Node node) {
    return appendNode(sb, node.id(), node.text());
  }

  /** Appends {@link #node(Node)} of a node with this id and text. */
  @CanIgnoreReturnValue
  static StringBuilder appendNode(StringBuilder sb, String id, String text) {
    sb.append('"').append(id).append("\" (");
    return appendPrefix(sb, text).append(')');
  }

  /**
   * Returns {@code before + kind + " " + node + after}, {@code node} named as {@link #appendNode}
   * names it, for a text whose {@link #plainPrefixEnd} is {@code prefixEnd} (not -1). One
   * concatenation makes the message at its size and, with the ellipsis, in UTF-16 at once, where a
   * builder widens itself at the ellipsis and then tries and fails to narrow the result.
   */
  static String plainMessage(
      String before, String kind, String id, String text, int prefixEnd, String after) {
    return before
        + kind
        + " \""
        + id
        + "\" ("
        + text.substring(0, prefixEnd)
        + (prefixEnd < text.length() ? "…)" : ")")
        + after;
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
      appendNode(sb, nodes.get(i));
    }
    if (nodes.size() > named) {
      sb.append(" and ").append(nodes.size() - named).append(" more");
    }
    return sb.toString();
  }

  /** White space collapsed to single spaces, cut after {@link #PREFIX_LENGTH} code points. */
  static String prefix(String text) {
    return appendPrefix(new StringBuilder(PREFIX_LENGTH + 1), text).toString();
  }

  /**
   * Appends {@link #prefix(String)}: the collapsed text if it has at most {@link #PREFIX_LENGTH}
   * code points, else its first ones without trailing white space and an ellipsis.
   */
  @CanIgnoreReturnValue
  static StringBuilder appendPrefix(StringBuilder sb, String text) {
    int plainEnd = plainPrefixEnd(text);
    if (plainEnd >= 0) {
      return plainEnd == text.length() ? sb.append(text) : sb.append(text, 0, plainEnd).append('…');
    }
    String collapsed = NormalisedText.collapseWhitespace(text);
    int length = collapsed.length();
    if (length <= PREFIX_LENGTH || collapsed.codePointCount(0, length) <= PREFIX_LENGTH) {
      return sb.append(collapsed);
    }
    int end = collapsed.offsetByCodePoints(0, PREFIX_LENGTH);
    while (end > 0 && Character.isWhitespace(collapsed.codePointBefore(end))) {
      end -= Character.charCount(collapsed.codePointBefore(end));
    }
    return sb.append(collapsed, 0, end).append('…');
  }

  /**
   * Where {@link #prefix(String)} of a text that starts plainly ends, read from its first {@link
   * #PREFIX_LENGTH} + 1 chars only: the prefix is then {@code text.substring(0, end)}, followed by
   * an ellipsis if {@code end < text.length()}.
   *
   * <p>A text starts plainly if those chars are printable ASCII and single spaces that are neither
   * its first nor the last of them: collapsing its white space then leaves them as they are, and
   * each char is a code point. Most texts do (the workloads' all do), and for them a message reads
   * no more of the text than it shows.
   *
   * @return the end of the prefix in {@code text}, or -1 if the text does not start plainly and
   *     only {@link #appendPrefix} can tell its prefix
   */
  static int plainPrefixEnd(String text) {
    int length = text.length();
    int look = Math.min(length, PREFIX_LENGTH + 1);
    for (int i = 0; i < look; i++) {
      char c = text.charAt(i);
      if ((c <= ' ' || c > '~')
          && (c != ' ' || i == 0 || i == look - 1 || text.charAt(i - 1) == ' ')) {
        return -1;
      }
    }
    if (length <= PREFIX_LENGTH) {
      return length; // the whole text, which is collapsed already
    }
    // The collapsed text starts with these chars, so it is cut after PREFIX_LENGTH of them; a
    // space there is dropped, and the char before it is not a space.
    return text.charAt(PREFIX_LENGTH - 1) == ' ' ? PREFIX_LENGTH - 1 : PREFIX_LENGTH;
  }
}
