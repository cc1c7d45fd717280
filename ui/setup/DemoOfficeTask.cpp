#include "ui/setup/DemoOfficeTask.h"

#include "core/store/CaseStore.h"

#include <QThread>

namespace jiuzhu {

DemoOfficeTask::DemoOfficeTask(CaseStore& store, DemoOptions options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
}

DemoOfficeTask::~DemoOfficeTask()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
    }
}

void DemoOfficeTask::start()
{
    if (m_thread)
        return;
    m_result.reset();
    m_done = 0;
    m_total = m_options.households;
    m_cancelRequested = false;
    m_thread.reset(QThread::create([this] {
        const DemoOfficeGenerator generator(m_options);
        // Written before the thread ends; read only after wait() in
        // onThreadFinished, which orders the two.
        m_result = generator.populate(m_store, [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            return !m_cancelRequested.load();
        });
    }));
    m_thread->setObjectName(QStringLiteral("demoOfficeWorker"));
    // Queued to this (GUI-thread) object, so the handler runs on the GUI thread.
    connect(m_thread.get(), &QThread::finished, this, &DemoOfficeTask::onThreadFinished);
    m_thread->start();
}

void DemoOfficeTask::onThreadFinished()
{
    m_thread->wait();
    m_thread.reset();
    Q_EMIT finished();
}

} // namespace jiuzhu
