using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// One check. It gets the leaflet as far as it was read and the context (today, configuration, the
/// other leaflets) and reports what it finds with its rule's default severity; the validator applies
/// the configured severity afterwards and never runs a rule that is off.
/// </summary>
public interface ILeafletRule
{
    RuleInfo Info { get; }

    void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag);
}
