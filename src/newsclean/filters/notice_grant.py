"""A rights grant: the publisher saying it has handed the rights of all its works to a body
that protects and licenses them.

Model (round 42b; ``notice.is_notice`` asks ``rights_grant`` at the foot only).  A press
group prints under every article the first sentence of its copyright statement: to protect
its original content, it (its papers, platforms) has granted all its rights to a
rights-protection body, which enforces them and licenses third parties
(``为加强原创内容保护,日前,X日报、X集团各平台已将其所有的版权统一授予X版权保护中心进行保护、
维权及给第三方的授权许可。``).  The grammar is one clause of parts, each a small set of words:

* the *whole* of the rights (所有的, 全部, 一切: the grant covers every work, not one book);
* a *rights noun* (版权, 著作权, 信息网络传播权);
* a *verb of granting or entrusting* (授予, 委托, 授权给, 交由), perhaps after 统一/均/已;
* within a short span (``MAX_AGENT`` characters: the body's name) an *act of protection*
  (保护, 维权, 管理, 授权许可).

A story's sentence that a writer gave one book's rights to a publisher names no whole
(``作家将该书版权授予出版社``), and a report says so with a reporting verb
(``notice_vocabulary.reports``); only a line at the foot is read, and at most
``MAX_GRANT_LINE`` characters, a sentence or two.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_re

MAX_GRANT_LINE = 160
MAX_AGENT = 30
GRANT = lazy_re(
    r"(?:所有的|所有|全部的|全部|一切)(?:版权|版權|著作权|著作權|信息网络传播权|資訊網路傳播權)"
    r"(?:统一|統一|均|已|都)?(?:授予|委托给|委託給|委托|委託|授权给|授權給|授权予|授權予|交由)"
    rf"[^。！？!?]{{2,{MAX_AGENT}}}?(?:保护|保護|维权|維權|管理|授权许可|授權許可)"
)


def rights_grant(line: str) -> bool:
    """Whether ``line`` is a publisher's grant of all its rights to a protecting body
    (module docstring); the caller checks the foot and the prose signs.

    >>> rights_grant("为加强原创内容保护,本报已将其所有的版权统一授予某中心进行保护、维权。")
    True
    >>> rights_grant("作家将该书的版权授予出版社进行管理。")
    False
    """
    text = line.strip()
    return len(text) <= MAX_GRANT_LINE and GRANT.search(text) is not None
