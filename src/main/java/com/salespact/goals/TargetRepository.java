package com.salespact.goals;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

    Optional<Target> findByPersonIdAndFiscalYear(Long personId, int fiscalYear);

    Optional<Target> findByTeamIdAndFiscalYear(Long teamId, int fiscalYear);

    default Optional<Target> findByOwner(TargetOwner owner, int fiscalYear) {
        return owner.isTeam() ? findByTeamIdAndFiscalYear(owner.teamId(), fiscalYear)
                : findByPersonIdAndFiscalYear(owner.personId(), fiscalYear);
    }
}
