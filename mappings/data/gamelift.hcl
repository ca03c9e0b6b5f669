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

mapping "aws_gamelift_build" {
  cloudformation = ["AWS::GameLift::Build"]
  service        = "Azure PlayFab Multiplayer Servers (game server builds)"
  status         = "partial"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note           = "The server binaries become assets (zip) or a container image uploaded to the title, and a PlayFab build references them. A PlayFab build also carries what GameLift keeps on the fleet (VM size, ports, regions, standby servers), so build and fleet merge into one build definition, managed through Game Manager or the PlayFab API rather than ARM."

  caveat "gsdk" {
    severity = "warning"
    message  = "The game server must integrate the PlayFab Game Server SDK (GSDK) in place of the GameLift Server SDK: readiness, health and session callbacks are rewritten."
    link     = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  }
}

mapping "aws_gamelift_fleet" {
  cloudformation = ["AWS::GameLift::Fleet"]
  service        = "Azure PlayFab Multiplayer Servers (build regions)"
  status         = "partial"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note           = "Fleet settings become the PlayFab build's VM size, servers per VM, ports and per-region standby and maximum server counts; scaling policies become standby server settings (static, scheduled or dynamic). Fleets are not ARM resources, so no azurerm resource is involved."
}

mapping "aws_gamelift_game_server_group" {
  cloudformation = ["AWS::GameLift::GameServerGroup"]
  service        = "Azure Virtual Machine Scale Sets"
  status         = "none"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note           = "FleetIQ (game-server-aware Spot placement on your own Auto Scaling group) has no counterpart. Either move the servers to PlayFab Multiplayer Servers, which manages the VMs, or run them on a scale set (Spot priority possible) with your own game-server registry and protection against eviction of busy servers."
}

mapping "aws_gamelift_game_session_queue" {
  cloudformation = ["AWS::GameLift::GameSessionQueue"]
  service        = "Azure PlayFab Multiplayer Servers (server allocation)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note           = "No queue object exists: each allocation request (RequestMultiplayerServer) names the build or build alias and an ordered list of preferred regions; player latencies from the matchmaker choose the region. Destinations across fleets become a build alias with weights."
}

mapping "aws_gamelift_script" {
  cloudformation = ["AWS::GameLift::Script"]
  service        = "Azure PlayFab Multiplayer Servers"
  status         = "none"
  link           = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note           = "Realtime Servers scripts (JavaScript run by a GameLift-provided server) have no counterpart: write or adopt a full game server that integrates the PlayFab GSDK and upload it as a build."
}

mapping "AWS::GameLift::ContainerFleet" {
  service = "Azure PlayFab Multiplayer Servers (build regions)"
  status  = "partial"
  link    = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note    = "Container fleets become a PlayFab Linux build that runs a custom container image, with VM size, servers per VM, ports and per-region standby counts; the image is pushed to the title's PlayFab container registry. Not managed through ARM."
}

mapping "AWS::GameLift::ContainerGroupDefinition" {
  service = "Azure PlayFab Multiplayer Servers (custom container builds)"
  status  = "partial"
  link    = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note    = "The game server container becomes the image, start command and ports of a PlayFab custom-container build. PlayFab runs one game server container per server instance; support containers in the same group have no counterpart and move into the image or to other services."
}

mapping "AWS::GameLift::MatchmakingConfiguration" {
  service = "Azure PlayFab Matchmaking"
  status  = "partial"
  link    = "https://learn.microsoft.com/gaming/playfab/multiplayer/matchmaking/config-queues"
  note    = "A matchmaking configuration becomes a PlayFab matchmaking queue (match size, ticket timeout set by the client, server allocation to a build when enabled). Queues are configured in Game Manager or the PlayFab API; FlexMatch event notifications become ticket polling or PlayFab events."
}

mapping "AWS::GameLift::MatchmakingRuleSet" {
  service = "Azure PlayFab Matchmaking"
  status  = "partial"
  link    = "https://learn.microsoft.com/gaming/playfab/multiplayer/matchmaking/config-queues"
  note    = "FlexMatch rules become the rules of the PlayFab queue (string equality, difference, set intersection, region selection, team balance and similar, with expansion over time). Rule set expressions and algorithms that the predefined rule types cannot express have no counterpart."
}

mapping "AWS::GameLift::Location" {
  service = "Azure PlayFab Multiplayer Servers"
  status  = "none"
  link    = "https://learn.microsoft.com/gaming/playfab/multiplayer/servers/using-playfab-servers-to-host-games"
  note    = "A custom location registers your own hardware for a GameLift Anywhere fleet. PlayFab Multiplayer Servers runs game servers only on Azure VMs in its regions: host the servers there as a build, or keep managing servers on your own hardware outside PlayFab and allocate them through your own service."
}
