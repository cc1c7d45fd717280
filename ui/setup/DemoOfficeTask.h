#pragma once

#include "core/demo/DemoOfficeGenerator.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace jiuzhu {

class CaseStore;

// Fills the store with a demo office on a worker thread. CaseStore is not
// thread-safe: from start() until finished() only the worker may touch it,
// so whoever starts the task must keep everything else away from the store
// (FirstRunDialog does so with a modal progress dialog).
//
// Progress crosses threads through atomics polled by the GUI rather than
// through queued signals: the generator may report thousands of times and
// the GUI only needs the latest figures a few times a second.
class DemoOfficeTask : public QObject
{
    Q_OBJECT

public:
    DemoOfficeTask(CaseStore& store, DemoOptions options, QObject* parent = nullptr);
    // Cancels and waits: the store must not outlive a worker still writing to it.
    ~DemoOfficeTask() override;

    void start();
    // Asks the generator to stop at its next progress report.
    void cancel() { m_cancelRequested = true; }
    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancelRequested; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // Set once finished() has been emitted.
    const std::optional<Result<DemoSummary>>& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onThreadFinished();

    CaseStore& m_store;
    DemoOptions m_options;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic<bool> m_cancelRequested = false;
    std::optional<Result<DemoSummary>> m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace jiuzhu
