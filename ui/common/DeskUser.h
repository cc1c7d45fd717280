#pragma once

#include <QString>

namespace jiuzhu {

// Who the audit log names for writes made at this desk. There are no user
// accounts yet, so the operating-system login stands in; it is what an
// auditor can trace back to a person at the office.
class DeskUser
{
public:
    static QString actor();
};

} // namespace jiuzhu
