#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tb::cli {

// Exit codes every subcommand shares (documented in the README).
enum ExitCode { Success = 0, InputErrors = 1, UsageError = 2 };

// A small parser for "--name value", "--name=value" and flags; the rest are positional.
class CliArgs {
public:
    CliArgs(std::vector<std::string> args, std::vector<std::string> valueOptions, std::vector<std::string> flags);

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }
    std::optional<std::string> value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const;
    bool flag(const std::string &name) const;
    const std::vector<std::string> &positional() const { return m_positional; }

private:
    std::vector<std::pair<std::string, std::string>> m_values;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positional;
    std::string m_error;
};

} // namespace tb::cli
