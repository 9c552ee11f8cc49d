#pragma once

#include <QByteArray>
#include <QStringList>

namespace tb::test {

// One run of tunebench-cli (the binary ctest names in TB_CLI), as a user runs it.
struct CliRun {
    int exitCode = -1; // -1: it did not finish in two minutes; -2: it crashed
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args, const QByteArray &input = {});

} // namespace tb::test
