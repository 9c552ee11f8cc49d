#pragma once

#include <memory>
#include <string>
#include <vector>

namespace tb::core {
class Store;
}

namespace tb::cli {

// Each returns the process exit code (see ExitCode) and prints to stdout/stderr itself.
int runImport(const std::vector<std::string> &args);
int runStats(const std::vector<std::string> &args);
int runSearch(const std::vector<std::string> &args);
int runDump(const std::vector<std::string> &args);
int runCountTokens(const std::vector<std::string> &args);
int runValidate(const std::vector<std::string> &args);
int runExport(const std::vector<std::string> &args);
int runBuild(const std::vector<std::string> &args);

// Opens PATH when it exists (the read-only commands never create a project by accident); prints
// why not to stderr and returns nullptr otherwise.
std::unique_ptr<core::Store> openExistingProject(const std::string &path);

} // namespace tb::cli
