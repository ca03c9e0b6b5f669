# Amazon GameLift → Azure PlayFab Multiplayer Servers (managed outside Azure Resource Manager).

mapping "aws_gamelift_alias" {
  cloudformation = ["AWS::GameLift::Alias"]
  service        = "Azure PlayFab Multiplayer Servers (build aliases)"
  status         = "partial"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/allocating-with-build-alias"
  note           = "A GameLift alias becomes a PlayFab build alias, which points server allocation requests at one or more builds with weights. PlayFab titles, builds and aliases are managed through the PlayFab Game Manager or API, not ARM, so no azurerm resource is involved."

  caveat "terminal-routing" {
    when     = try(upper(self.routing_strategy[0].type), upper(self.RoutingStrategy.Type), "") == "TERMINAL"
    severity = "info"
    message  = "A terminal alias (returning a message instead of a fleet) has no counterpart: make the game backend or matchmaker return the message when the title should no longer allocate servers."
    link     = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/allocating-with-build-alias"
  }
}
