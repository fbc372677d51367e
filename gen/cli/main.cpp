// cimgen: generator of the digital side of ReRAM compute-in-memory tiles.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

#include <iostream>

int main(int argc, char** argv) {
  CLI::App app{"cimgen: generator of synthesizable Verilog for ReRAM compute-in-memory control logic"};
  app.name("cimgen");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("cimgen ") + cimgen::kVersion);
  cimgen::add_list_command(app);
  cimgen::add_gen_command(app);
  cimgen::add_help_command(app);
  cimgen::add_report_command(app);
  cimgen::add_sweep_command(app);
  cimgen::add_model_command(app);
  cimgen::add_calibrate_command(app);
  cimgen::add_study_command(app);
  cimgen::add_stack_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "cimgen: error: " << e.what() << " (run 'cimgen --help')\n";
    return 2;
  } catch (const cimgen::UserError& e) {
    std::cerr << "cimgen: error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    // Never a user's mistake: a legal input the generator could not handle.
    std::cerr << "cimgen: internal error: " << e.what() << " (a bug: please report it with the command line)\n";
    return 3;
  }
  return 0;
}
