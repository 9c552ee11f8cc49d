#include "cliargs.h"

#include <algorithm>

namespace tb::cli {

CliArgs::CliArgs(std::vector<std::string> args, std::vector<std::string> valueOptions, std::vector<std::string> flags)
{
    const auto contains = [](const std::vector<std::string> &list, const std::string &s) {
        return std::find(list.begin(), list.end(), s) != list.end();
    };
    bool onlyPositional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (onlyPositional || arg.size() < 2 || arg.rfind("--", 0) != 0) {
            m_positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (contains(flags, name) && !inlineValue) {
            m_flags.push_back(name);
        } else if (contains(valueOptions, name)) {
            if (inlineValue) {
                m_values.emplace_back(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.emplace_back(name, args[++i]);
            } else {
                m_error = "--" + name + " needs a value";
                return;
            }
        } else {
            m_error = "unknown option --" + name;
            return;
        }
    }
}

std::optional<std::string> CliArgs::value(const std::string &name) const
{
    for (auto it = m_values.rbegin(); it != m_values.rend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return std::nullopt;
}

std::vector<std::string> CliArgs::values(const std::string &name) const
{
    std::vector<std::string> out;
    for (const auto &[key, value] : m_values) {
        if (key == name)
            out.push_back(value);
    }
    return out;
}

bool CliArgs::flag(const std::string &name) const
{
    return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

} // namespace tb::cli
