package io.argraph.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads one input file: the options and helpers they all share. */
abstract class InputCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  final Environment env;

  InputCommand(Environment env) {
    this.env = requireNonNull(env, "env");
  }

  /** Reads the input named on the command line. */
  final Input read(String file) {
    return Input.read(file, common.from, env.stdin());
  }

  /** Standard output, as picocli holds it (tests replace it). */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
